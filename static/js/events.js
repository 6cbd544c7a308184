/* Event names, mirrored once from qpm/web/sockets/events.py (class Event); a test keeps the two equal. */
window.QPM = window.QPM || {};
QPM.EVENTS = {
  STATE: "state",
  CONTRIBUTION: "contribution",
  CONTRIBUTION_REMOVED: "contribution_removed",
  PHASE: "phase",
  WALL: "wall",
  WISH: "wish",
  ERROR: "error",
  CONTRIBUTE: "contribute",
  WITHDRAW: "withdraw",
  AGREE: "agree",
  SUGGEST: "suggest",
  MODERATE: "moderate",
  GROUP: "group",
  SUGGEST_GROUPS: "suggest_groups",
  CHANGE_PHASE: "phase",
  SETTINGS: "settings",
  TIMER: "timer",
  NOTE: "note",
  MINE: "mine",
  OLDER_IDEAS: "older_ideas",
  OWN: "own",
  PRESENCE: "presence",
  JOIN_ADDRESS: "join_address",
  ADDRESS: "address",
  SAVING: "saving"
};
