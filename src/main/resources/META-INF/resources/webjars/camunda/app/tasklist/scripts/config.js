// Tasklist configuration of the rectification app; it replaces the webjar's default config.js.
export default {
  // Relative to /camunda/app/tasklist/.
  customScripts: ['rectification/plan-tab', 'rectification/deadline-tab', 'rectification/evidence-tab'],

  // Camunda's default keyboard shortcuts, kept.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
