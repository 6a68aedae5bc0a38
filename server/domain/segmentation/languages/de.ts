// German sentence rules for public-administration prose (press releases, funding notices, reports).
import type { SentenceRules } from './index';

export const GERMAN: SentenceRules = {
  abbreviations: [
    // everyday
    'z. B.', 'u. a.', 'd. h.', 'u. v. m.', 'u. Ä.', 'o. Ä.', 'o. g.', 's. o.', 's. u.', 'z. T.', 'z. Zt.',
    'i. d. R.', 'i. A.', 'i. V.', 'v. a.', 'u. U.', 'a. D.', 'u. E.', 'm. E.', 'bzw.', 'ggf.', 'ca.', 'usw.',
    'etc.', 'vgl.', 'evtl.', 'inkl.', 'exkl.', 'ggü.', 'bzgl.', 'zzgl.', 'zzt.', 'sog.', 'allg.', 'einschl.',
    'insb.', 'bspw.', 'Bsp.', 'mind.', 'max.', 'min.', 'lt.', 'gem.', 'gez.', 'Std.', 'Tsd.', 'Mio.', 'Mrd.',
    // people and titles
    'Dr.', 'Prof.', 'Hr.', 'Hrn.', 'Fr.', 'Frl.', 'Dipl.', 'Dipl.-Ing.', 'Ing.', 'Mag.', 'med.', 'phil.',
    'jur.', 'rer. nat.', 'rer. pol.', 'St.', 'Hrsg.',
    // documents, law, addresses
    'Nr.', 'Abs.', 'S.', 'Bd.', 'Kap.', 'Ziff.', 'lit.', 'Abb.', 'Anm.', 'Aufl.', 'Az.', 'Tel.', 'Str.',
    'Jh.', 'Jhd.', 'Lkr.', 'Co.',
    // weekdays and months
    'Mo.', 'Di.', 'Mi.', 'Do.', 'Sa.', 'So.',
    'Jan.', 'Febr.', 'Feb.', 'Aug.', 'Sept.', 'Sep.', 'Okt.', 'Nov.', 'Dez.',
  ],
  abbreviationsBeforeNumbers: ['Art.'],
  abbreviationSuffixes: ['str.'],
  months: [
    'Januar', 'Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober',
    'November', 'Dezember', 'Jan', 'Feb', 'Febr', 'Mär', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt',
    'Nov', 'Dez',
  ],
  ordinalContext: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'am', 'im', 'zum', 'zur', 'vom', 'beim', 'ins', 'ans',
    'ein', 'eine', 'einem', 'einen', 'einer', 'eines', 'dieser', 'diese', 'dieses', 'diesem', 'diesen',
    'jeder', 'jede', 'jedes', 'jedem', 'jeden',
    'sein', 'seine', 'seinem', 'seinen', 'seiner', 'seines', 'ihr', 'ihre', 'ihrem', 'ihren', 'ihrer',
    'ihres', 'unser', 'unsere', 'unserem', 'unseren', 'unserer', 'unseres', 'mein', 'meine', 'meinem',
    'meinen', 'meiner', 'meines',
  ],
  ordinalJoiners: ['und', 'oder', 'bis', 'sowie', 'bzw.', '–', '-'],
};
