/* The meeting's result, the same on the projector and the host console: for each question its ideas under
   their group headings (ungrouped last), the most agreed first within a group, with counts. */
(function () {
  "use strict";
  var QPM = window.QPM;

  function byAgreement(a, b) { return (b.agrees - a.agrees) || (b.starred - a.starred) || (a.id - b.id); }

  /* Return [{index, question, count, groups: [{name, ideas}]}] for every question that has ideas. */
  QPM.summarise = function (ideas, questions) {
    return questions.map(function (question, index) {
      var mine = ideas.filter(function (c) { return c.question_index === index; });
      var named = {};
      var loose = [];
      mine.forEach(function (c) {
        if (c.group) (named[c.group] = named[c.group] || []).push(c); else loose.push(c);
      });
      var groups = Object.keys(named).map(function (name) { return { name: name, ideas: named[name].sort(byAgreement) }; });
      /* The biggest group first; ties by name, so the order holds still while the room watches. */
      groups.sort(function (a, b) { return (b.ideas.length - a.ideas.length) || a.name.localeCompare(b.name); });
      if (loose.length) groups.push({ name: null, ideas: loose.sort(byAgreement) });
      return { index: index, question: question, count: mine.length, groups: groups };
    }).filter(function (section) { return section.count > 0; });
  };

  /* Draw the summary into a container; `texts` has count_one/count_many, agrees, ungrouped. */
  QPM.drawSummary = function (container, sections, texts, headingLevel) {
    container.textContent = "";
    sections.forEach(function (section) {
      var part = QPM.el("section", "summary-question");
      var count = section.count === 1 ? texts.count_one : QPM.fill(texts.count_many, { n: section.count });
      part.appendChild(QPM.el("h" + headingLevel, "summary-heading", section.question + " (" + count + ")"));
      section.groups.forEach(function (group) {
        var block = QPM.el("div", "summary-group" + (group.name ? "" : " ungrouped"));
        block.appendChild(QPM.el("h" + (headingLevel + 1), "summary-group-name",
                                 (group.name || texts.ungrouped) + " · " + group.ideas.length));
        var list = QPM.el("ul", "summary-ideas");
        group.ideas.forEach(function (c) {
          var item = QPM.el("li", c.starred ? "summary-idea starred" : "summary-idea");
          item.appendChild(QPM.el("span", "idea-text", c.text));
          if (c.agrees) item.appendChild(QPM.el("span", "idea-tags", QPM.fill(texts.agrees, { n: c.agrees })));
          list.appendChild(item);
        });
        block.appendChild(list);
        part.appendChild(block);
      });
      container.appendChild(part);
    });
  };
})();
