/** html-validate configuration for the generated site (used by validate.test.ts). */
import type { ConfigData } from 'html-validate';

export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Headlines of Indonesian news routinely run past 70 characters; <title> must carry the whole headline.
    'long-title': 'off',
    // The results list is named ("Hasil pencarian"): ARIA allows naming a list (html-validate 11 accepts it by default).
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
  },
};
