import { STRENGTH_LABELS, type Score } from './rules';

export type Strength = {
  score: Score;
  label: string;
  /** zxcvbn's wording for an offline attack at 10,000 guesses a second, e.g. "3 centuries". */
  crackTime: string;
  warning: string | null;
  suggestions: string[];
};

export type Estimator = (passphrase: string, userInputs?: string[]) => Strength;

let loading: Promise<Estimator> | null = null;

/**
 * zxcvbn-ts with its common and English dictionaries, loaded on first use as a separate chunk (the
 * dictionaries are large): nothing from a CDN, nothing evaluated.
 */
export function loadEstimator(): Promise<Estimator> {
  loading ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(([core, common, en]) => {
    const zxcvbn = new core.ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
      useLevenshteinDistance: false,
    });
    // "You can create strong passwords without symbols…" contradicts the rules shown beside it.
    const contradicting = en.translations.suggestions.noNeed;
    return (passphrase: string, userInputs: string[] = []) => {
      const result = zxcvbn.check(passphrase, userInputs);
      return {
        score: result.score as Score,
        label: STRENGTH_LABELS[result.score as Score],
        crackTime: result.crackTimes.offlineSlowHashingXPerSecond.display,
        warning: result.feedback.warning,
        suggestions: result.feedback.suggestions.filter((text) => text !== contradicting),
      };
    };
  });
  return loading;
}
