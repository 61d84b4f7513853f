// Tasklist configuration of the rectification app; it replaces the webjar's default config.js.
export default {
  // Chinese unless the browser's first language is English: the app matches only the part of that language
  // before the '-' (zh-CN, zh-TW → zh) and falls back to zh for every other language.
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },

  // Relative to /camunda/app/tasklist/.
  customScripts: ['rectification/plan-tab', 'rectification/deadline-tab', 'rectification/evidence-tab'],

  // Camunda's default keyboard shortcuts, described in Chinese: the help dialog shows the descriptions as they are.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '转到第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '转到列表中的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '转到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开启动流程对话框'
    }
  }
};
