// Cockpit configuration of the rectification app; it replaces the webjar's default config.js (all of whose
// options are commented out).
export default {
  // Relative to /camunda/app/cockpit/.
  customScripts: ['rectification/dashboard']
};
