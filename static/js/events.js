/* Event names, mirrored once from qpm/events.py (class Event); a test keeps the two equal. */
window.QPM = window.QPM || {};
QPM.EVENTS = {
  STATE: "state",
  CONTRIBUTION: "contribution",
  CONTRIBUTION_REMOVED: "contribution_removed",
  PHASE: "phase",
  ERROR: "error",
  WISH: "wish",
  CONTRIBUTE: "contribute",
  SUGGEST: "suggest",
  MODERATE: "moderate",
  CHANGE_PHASE: "phase"
};
