// Cockpit configuration of the rectification app; it replaces the webjar's default config.js (all of whose
// options are commented out).
export default {
  // Chinese unless the browser's first language is English: the app matches only the part of that language
  // before the '-' (zh-CN, zh-TW → zh) and falls back to zh for every other language.
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },

  // Relative to /camunda/app/cockpit/.
  customScripts: ['rectification/dashboard', 'rectification/calendar']
};
