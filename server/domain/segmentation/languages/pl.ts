// Polish sentence rules. Contractions that keep their last letter (dr, mgr, nr, zł, mln, mld, pkt) take
// no period in Polish, so "5 mln zł. Następnie" ends a sentence; only their dotted title forms are listed.
import type { SentenceRules } from './index';

export const POLISH: SentenceRules = {
  abbreviations: [
    'np.', 'm.in.', 'tj.', 'tzw.', 'tzn.', 'ul.', 'al.', 'pl.', 'os.', 'woj.', 'pow.', 'gm.', 'r.', 'w.',
    'ok.', 'godz.', 'min.', 'itd.', 'itp.', 'etc.', 'tys.', 'ust.', 'art.', 'poz.', 'par.', 'str.', 's.',
    'tel.', 'wg.', 'ws.', 'ds.', 'dot.', 'zob.', 'por.', 'ww.', 'jw.', 'n.p.m.', 'p.n.e.', 'n.e.', 'im.',
    'św.', 'sp.', 'Dz. U.', 'Dz. Urz.',
    // titles (their dotted forms are common in practice)
    'prof.', 'dr.', 'mgr.', 'inż.', 'hab.', 'lek.', 'med.', 'ks.', 'gen.', 'red.', 'oprac.', 'nr.',
  ],
  abbreviationsBeforeNumbers: ['pkt.'],
  abbreviationSuffixes: [],
  months: [
    'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września',
    'października', 'listopada', 'grudnia', 'styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec',
    'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień',
  ],
  ordinalContext: [],
  ordinalJoiners: ['i', 'oraz', 'lub', 'albo', '–', '-'],
};
