"""The layers hold: read every module's imports with `ast`, no app running."""
import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "qpm"
# The meeting's rules, the question of the day and the letter are plain Python.
PLAIN_LAYERS = ("qpm.domain", "qpm.questions", "qpm.letter")
TRANSPORT = {"flask", "flask_socketio", "socketio", "engineio", "sqlalchemy", "werkzeug", "gevent", "eventlet"}
OUTER_LAYERS = ("qpm.web", "qpm.store", "qpm.cli")
MAX_LINES = 300
MAX_HANDLER_LINES = 15


def modules(package_dir):
    """Return {dotted module name: path} for every .py file under a package folder."""
    found = {}
    for path in package_dir.rglob("*.py"):
        parts = list(path.relative_to(package_dir.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imports(name, path, known):
    """Return the names a module imports (anywhere in it), project modules resolved to their module."""
    is_package = path.name == "__init__.py"
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".")
                base = base[:len(base) - node.level + (1 if is_package else 0)]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module
            for alias in node.names:
                submodule = f"{source}.{alias.name}"
                found.add(submodule if submodule in known else source)
    return found


def import_graph(package_dir):
    """Return {module: set of project modules it imports} and {module: set of everything it imports}."""
    known = modules(package_dir)
    everything = {name: imports(name, path, known) for name, path in known.items()}
    return {name: {i for i in found if i in known} for name, found in everything.items()}, everything


def cycles(graph):
    """Return the import cycles of a graph, each as a list of modules (Tarjan's strongly connected parts)."""
    index, low, stack, on_stack, parts = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            part = []
            while not part or part[-1] != node:
                part.append(stack.pop())
                on_stack.discard(part[-1])
            if len(part) > 1 or node in graph.get(node, ()):
                parts.append(sorted(part))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return parts


GRAPH, EVERYTHING = import_graph(PACKAGE)


def test_the_project_has_no_import_cycle():
    assert cycles(GRAPH) == []


@pytest.mark.parametrize("module", sorted(m for m in GRAPH if m.startswith(PLAIN_LAYERS)))
def test_plain_layers_import_no_transport_and_no_outer_layer(module):
    top_levels = {name.split(".")[0] for name in EVERYTHING[module]}
    assert not top_levels & TRANSPORT, f"{module} imports {top_levels & TRANSPORT}"
    outward = {name for name in GRAPH[module] if name.startswith(OUTER_LAYERS)}
    assert not outward, f"{module} reaches out to {outward}"


def test_the_layers_are_folders():
    for folder in ("domain", "domain/privacy", "questions", "letter", "store", "web", "web/sockets"):
        assert (PACKAGE / folder / "__init__.py").is_file(), folder
    loose = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert loose == ["__init__.py", "cli.py", "config.py", "demo.py", "i18n.py"]


def test_the_checks_find_a_cycle_and_a_forbidden_import(tmp_path):
    package = tmp_path / "qpm"
    (package / "domain").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "domain" / "__init__.py").write_text("")
    (package / "domain" / "meeting.py").write_text("from . import wishes\nimport sqlalchemy\n")
    (package / "domain" / "wishes.py").write_text("def later():\n    from .meeting import Meeting\n")
    graph, everything = import_graph(package)
    assert cycles(graph) == [["qpm.domain.meeting", "qpm.domain.wishes"]]
    assert "sqlalchemy" in everything["qpm.domain.meeting"]


@pytest.mark.parametrize("path", sorted([*PACKAGE.rglob("*.py"), *(ROOT / "static" / "js").glob("*.js")]),
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_is_two_concepts(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_LINES


def handlers():
    """Yield (module, function) for every Socket.IO handler: those under @action or @socketio.on."""
    for path in (PACKAGE / "web" / "sockets").glob("*.py"):
        if path.stem == "callers":  # the one wrapper itself
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and any(
                    isinstance(d, ast.Call) and getattr(d.func, "id", getattr(d.func, "attr", "")) in ("action", "on")
                    for d in node.decorator_list):
                yield path.stem, node


@pytest.mark.parametrize("module, handler", list(handlers()), ids=lambda h: getattr(h, "name", h))
def test_socket_handlers_are_thin(module, handler):
    body = handler.body[1:] if isinstance(handler.body[0], ast.Expr) else handler.body  # past the docstring
    lines = body[-1].end_lineno - body[0].lineno + 1
    assert lines <= MAX_HANDLER_LINES, f"{module}.{handler.name} has {lines} lines"
