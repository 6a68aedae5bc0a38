// Function words per language: short, frequent, and mostly spelled differently across the languages.
// A word listed for several languages counts as shared evidence (see ../features.ts). The German and
// Polish lists are the ones that decide; the others only serve to recognise 'other'.
export const FUNCTION_WORDS = {
  de: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'und', 'ist', 'sind', 'nicht', 'mit', 'für', 'von', 'vom', 'zu',
    'zum', 'zur', 'im', 'in', 'ins', 'am', 'an', 'auf', 'aus', 'bei', 'beim', 'bis', 'durch', 'über', 'unter',
    'nach', 'vor', 'um', 'gegen', 'ohne', 'seit', 'ein', 'eine', 'einer', 'einen', 'einem', 'eines', 'auch',
    'als', 'es', 'sich', 'sie', 'er', 'wir', 'ihr', 'ich', 'ihre', 'ihren', 'ihrer', 'sein', 'seine', 'seiner',
    'uns', 'unser', 'unsere', 'wird', 'werden', 'wurde', 'wurden', 'hat', 'haben', 'hatte', 'kann', 'können',
    'muss', 'müssen', 'soll', 'sollen', 'war', 'waren', 'sowie', 'oder', 'aber', 'dass', 'noch', 'nur', 'sehr',
    'wie', 'was', 'wer', 'wo', 'wann', 'ob', 'wenn', 'weil', 'dieser', 'diese', 'dieses', 'diesem', 'diesen',
    'alle', 'allen', 'man', 'bitte', 'schon', 'mehr', 'auch', 'sowohl', 'jedoch', 'bereits', 'wieder', 'hier',
  ],
  pl: [
    'i', 'w', 'we', 'z', 'ze', 'na', 'nie', 'się', 'do', 'że', 'jest', 'są', 'to', 'od', 'po', 'przez', 'dla',
    'o', 'a', 'oraz', 'lub', 'albo', 'jak', 'być', 'był', 'była', 'było', 'byli', 'będzie', 'będą', 'ten', 'ta',
    'te', 'tego', 'tej', 'tym', 'który', 'która', 'które', 'którzy', 'których', 'którym', 'którą', 'jego',
    'jej', 'ich', 'także', 'również', 'już', 'jeszcze', 'tylko', 'ale', 'czy', 'gdy', 'gdzie', 'co', 'kto',
    'przy', 'pod', 'nad', 'przed', 'między', 'za', 'u', 'aby', 'żeby', 'więc', 'jednak', 'można', 'może',
    'należy', 'został', 'została', 'zostało', 'zostały', 'zostanie', 'nas', 'nasz', 'nasza', 'nasze', 'naszej',
    'państwa', 'prosimy', 'wszystkich', 'wszystkie', 'bardzo', 'tak', 'też', 'jako', 'ze', 'wraz', 'podczas',
  ],
  en: [
    'the', 'and', 'of', 'to', 'is', 'are', 'was', 'were', 'be', 'been', 'for', 'with', 'on', 'at', 'by', 'from',
    'this', 'that', 'these', 'those', 'will', 'would', 'can', 'has', 'have', 'had', 'not', 'it', 'its', 'or',
    'an', 'in', 'which', 'who', 'our', 'we', 'you', 'your', 'they', 'their', 'there', 'all', 'about', 'also',
    'shall', 'please', 'into',
  ],
  cs: [
    'a', 'se', 'na', 'je', 'v', 've', 'z', 'ze', 's', 'k', 'o', 'do', 'to', 'že', 'jsou', 'by', 'byl', 'byla',
    'bylo', 'jako', 'pro', 'při', 'od', 'po', 'ale', 'jsme', 'není', 'také', 'který', 'která', 'které', 'tak',
    'jeho', 'jejich', 'nebo', 'až', 'už', 'ještě', 'pouze', 'mezi', 'přes', 'před', 'bude', 'budou', 'kde',
  ],
  fr: [
    'le', 'la', 'les', 'des', 'du', 'de', 'et', 'est', 'un', 'une', 'pour', 'par', 'dans', 'sur', 'avec', 'au',
    'aux', 'ce', 'cette', 'qui', 'que', 'ne', 'pas', 'sont', 'nous', 'vous', 'il', 'elle', 'en', 'à', 'été',
  ],
  es: [
    'el', 'la', 'los', 'las', 'de', 'del', 'y', 'en', 'que', 'es', 'por', 'para', 'con', 'una', 'un', 'se', 'su',
    'al', 'como', 'más', 'está', 'son',
  ],
  it: [
    'il', 'lo', 'la', 'gli', 'le', 'di', 'del', 'della', 'e', 'è', 'che', 'per', 'con', 'non', 'una', 'un',
    'sono', 'nel', 'alla', 'dei',
  ],
  nl: [
    'de', 'het', 'een', 'en', 'van', 'in', 'is', 'op', 'te', 'dat', 'die', 'voor', 'met', 'niet', 'zijn', 'aan',
    'ook', 'er', 'worden', 'wordt',
  ],
} as const satisfies Record<string, readonly string[]>;

export type FunctionWordLanguage = keyof typeof FUNCTION_WORDS;
