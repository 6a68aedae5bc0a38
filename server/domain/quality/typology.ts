// MQM Core (the Multidimensional Quality Metrics core typology, themselves.mqm) as data: the seven
// top-level dimensions with the subcategories reviewers of administrative texts use most. A typology is
// named in the project's settings, so another one can be added here without changing any code that
// reads annotations. Names are part of the data, in the three interface languages, because the report
// and the workspace show them and they are not interface text of Nysa's own.
import type { LqaWeights, ProjectLqaSettings } from './types';

export type LqaLanguage = 'de' | 'pl' | 'en';

export interface LqaCategory {
  /** `dimension` or `dimension/subcategory`, stable: annotations store it. */
  id: string;
  /** The dimension id for a subcategory, null for a dimension. */
  parent: string | null;
  names: Record<LqaLanguage, string>;
}

export interface LqaTypology {
  id: string;
  name: string;
  categories: readonly LqaCategory[];
}

type Names = [en: string, de: string, pl: string];

function dimension(id: string, [en, de, pl]: Names, subcategories: Record<string, Names>): LqaCategory[] {
  return [
    { id, parent: null, names: { en, de, pl } },
    ...Object.entries(subcategories).map(([sub, [subEn, subDe, subPl]]) => ({ id: `${id}/${sub}`, parent: id, names: { en: subEn, de: subDe, pl: subPl } })),
  ];
}

export const MQM_CORE: LqaTypology = {
  id: 'mqm_core',
  name: 'MQM Core',
  categories: [
    ...dimension('terminology', ['Terminology', 'Terminologie', 'Terminologia'], {
      wrong_term: ['Wrong term', 'Falscher Terminus', 'Błędny termin'],
      inconsistent_with_termbase: ['Inconsistent with termbase', 'Abweichung vom Glossar', 'Niezgodność z glosariuszem'],
      inconsistent_use: ['Inconsistent use of terminology', 'Uneinheitliche Terminologie', 'Niespójna terminologia'],
    }),
    ...dimension('accuracy', ['Accuracy', 'Genauigkeit', 'Dokładność'], {
      mistranslation: ['Mistranslation', 'Falschübersetzung', 'Błędne tłumaczenie'],
      omission: ['Omission', 'Auslassung', 'Pominięcie'],
      addition: ['Addition', 'Hinzufügung', 'Dodanie'],
      untranslated: ['Untranslated', 'Nicht übersetzt', 'Nieprzetłumaczone'],
      do_not_translate: ['Do not translate', 'Nicht zu übersetzen', 'Nie tłumaczyć'],
    }),
    ...dimension('linguistic_conventions', ['Linguistic conventions', 'Sprachkonventionen', 'Konwencje językowe'], {
      grammar: ['Grammar', 'Grammatik', 'Gramatyka'],
      spelling: ['Spelling', 'Rechtschreibung', 'Pisownia'],
      punctuation: ['Punctuation', 'Zeichensetzung', 'Interpunkcja'],
      unintelligible: ['Unintelligible', 'Unverständlich', 'Niezrozumiałe'],
    }),
    ...dimension('style', ['Style', 'Stil', 'Styl'], {
      awkward: ['Awkward style', 'Holpriger Stil', 'Niezręczny styl'],
      register: ['Language register', 'Sprachregister', 'Rejestr językowy'],
      organizational: ['Organizational style', 'Hausstil', 'Styl organizacji'],
      inconsistent: ['Inconsistent style', 'Uneinheitlicher Stil', 'Niespójny styl'],
    }),
    ...dimension('locale_conventions', ['Locale conventions', 'Gebietsschema-Konventionen', 'Konwencje regionalne'], {
      number_format: ['Number format', 'Zahlenformat', 'Format liczb'],
      date_format: ['Date format', 'Datumsformat', 'Format daty'],
      time_format: ['Time format', 'Zeitformat', 'Format czasu'],
      currency_format: ['Currency format', 'Währungsformat', 'Format waluty'],
      address_format: ['Address format', 'Adressformat', 'Format adresu'],
    }),
    ...dimension('audience_appropriateness', ['Audience appropriateness', 'Zielgruppengerechtheit', 'Dostosowanie do odbiorców'], {
      culture_specific: ['Culture-specific reference', 'Kulturspezifischer Bezug', 'Odniesienie kulturowe'],
      offensive: ['Offensive', 'Anstößig', 'Obraźliwe'],
    }),
    ...dimension('design_and_markup', ['Design and markup', 'Gestaltung und Auszeichnung', 'Układ i znaczniki'], {
      markup: ['Markup tag', 'Auszeichnungs-Tag', 'Znacznik'],
      missing_text: ['Missing text', 'Fehlender Text', 'Brakujący tekst'],
      truncation: ['Truncation or text expansion', 'Abschneiden oder Textüberlauf', 'Obcięcie lub rozszerzenie tekstu'],
    }),
  ],
};

/** Every typology a project may name, by id. */
export const LQA_TYPOLOGIES: Readonly<Record<string, LqaTypology>> = { [MQM_CORE.id]: MQM_CORE };

/** MQM's customary severity multipliers. */
export const DEFAULT_LQA_WEIGHTS: LqaWeights = { neutral: 0, minor: 1, major: 5, critical: 25 };

/** A document passes with at most 10 penalty points per 1,000 evaluated words (one major error per 500 words). */
export const DEFAULT_LQA_THRESHOLD = 10;

export const DEFAULT_LQA_SETTINGS: ProjectLqaSettings = {
  typology: MQM_CORE.id,
  disabledCategories: [],
  weights: DEFAULT_LQA_WEIGHTS,
  threshold: DEFAULT_LQA_THRESHOLD,
};

/** The typology the settings name (MQM Core when the name is unknown, which settings validation prevents). */
export function typologyOf(settings: ProjectLqaSettings): LqaTypology {
  return LQA_TYPOLOGIES[settings.typology] ?? MQM_CORE;
}

/** The categories reviewers may choose: a switched-off dimension takes its subcategories with it. */
export function activeCategories(settings: ProjectLqaSettings): LqaCategory[] {
  const off = new Set(settings.disabledCategories);
  return typologyOf(settings).categories.filter((category) => !off.has(category.id) && (category.parent === null || !off.has(category.parent)));
}

/** The category's name in the language, "Dimension / Subcategory" for a subcategory; the id itself when unknown. */
export function categoryName(typology: LqaTypology, id: string, lang: LqaLanguage): string {
  const category = typology.categories.find((c) => c.id === id);
  if (!category) return id;
  const parent = category.parent === null ? null : typology.categories.find((c) => c.id === category.parent);
  return parent ? `${parent.names[lang]} / ${category.names[lang]}` : category.names[lang];
}

/** The dimension (top-level category) an id belongs to. */
export const dimensionOf = (id: string): string => id.split('/')[0];
