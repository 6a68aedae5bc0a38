// Polish abbreviations by kind (./kinds.ts), as written in administrative, legal, church and press
// prose. Contractions that keep their last letter (dr, mgr, nr, zł, mln, pkt, płk) take no period in
// Polish; only their dotted forms, which people still write, are listed. A lower-case entry also
// matches capitalised ("ul." → "Ul."), except single letters ("w." is not "W.", an initial).
import type { AbbreviationLists } from './kinds';

export const POLISH_ABBREVIATIONS: AbbreviationLists = {
  title: [
    // academic and professional
    'prof.', 'dr.', 'doc.', 'hab.', 'inż.', 'mgr.', 'lic.', 'lek.', 'wet.', 'dent.', 'med.', 'stom.', 'farm.',
    'n. med.', 'n. hum.', 'n. tech.', 'n. ekon.', 'n. społ.', 'n. przyr.', 'arch.', 'techn.', 'mec.', 'adw.',
    'r. pr.', 'not.', 'prok.', 'sędz.', 'tłum.', 'red.', 'red. nacz.', 'nacz.', 'sekr.', 'skarb.', 'kier.',
    'zast.', 'dyr.', 'wicedyr.', 'prez.', 'wiceprez.', 'przew.', 'wiceprzew.', 'przewodn.', 'burm.',
    'wojew.', 'marsz.', 'wicemarsz.', 'pos.', 'sen.', 'min.-prez.', 'wicemin.', 'amb.', 'kons.', 'ob.',
    'Sz. P.', 'Szan.', 'WP.', 'wlm.', 'JM.', 'JE.', 'pp.',
    // church
    'ks.', 'kan.', 'prał.', 'kard.', 'abp.', 'bp.', 'św.', 'bł.', 'śp.', 'o. dr.', 'ss.', 'oo.', 'przeor.',
    // military, police and fire service ranks
    'kpt.', 'por.', 'ppor.', 'mjr.', 'ppłk.', 'płk.', 'gen.', 'bryg.', 'dyw.', 'gen. bryg.', 'gen. dyw.', 'adm.',
    'kadm.', 'wadm.', 'kmdr.', 'kmdr. por.', 'kmdr. ppor.', 'kpr.', 'st. kpr.', 'plut.', 'st. plut.', 'sierż.',
    'st. sierż.', 'mł. sierż.', 'sierż. sztab.', 'chor.', 'mł. chor.', 'st. chor.', 'st. chor. sztab.', 'szer.',
    'st. szer.', 'insp.', 'mł. insp.', 'nadinsp.', 'podinsp.', 'asp.', 'mł. asp.', 'st. asp.', 'asp. sztab.',
    'podkom.', 'kom.', 'nadkom.', 'st. bryg.', 'mł. bryg.', 'st. kpt.', 'mł. kpt.', 'st. ogn.', 'ogn.',
    'mł. ogn.', 'st. str.', 'mł. str.', 'dh.', 'hm.', 'phm.', 'pwd.', 'mł.', 'st.', 'sztab.',
  ],
  name_initial: ['Wł.', 'Sz.', 'Cz.', 'Ch.', 'Chr.', 'Th.', 'Ph.', 'Zb.', 'Zdz.', 'Br.', 'Kr.', 'Fr.', 'Mich.', 'Jer.'],
  place: [
    'ul.', 'al.', 'pl.', 'os.', 'woj.', 'pow.', 'gm.', 'm. st.', 'dz.', 'skr.', 'skr. poczt.', 'lok.', 'kl.',
    'pok.', 'bud.', 'sp.', 'sp. j.', 'sp. k.', 'sp. p.', 'tel.', 'tel. kom.', 'fax.', 'faks.', 'obw.', 'pn.',
    'płd.', 'wsch.', 'zach.', 'płn.', 'wlkp.', 'maz.', 'dolnośl.', 'śl.', 'pom.', 'małop.', 'gór.',
  ],
  general: [
    'np.', 'm.in.', 'tj.', 'tzw.', 'tzn.', 'ww.', 'ds.', 'ws.', 'dot.', 'zob.', 'wg.', 'wyd.', 'oprac.', 'przyp.',
    'przyp. red.', 'przyp. tłum.', 'fot.', 'il.', 'pt.', 'ew.', 'ewent.', 'właśc.', 'wł.', 'zw.', 'odp.', 'dn.',
    'ub.', 'im.', 'nr.', 'nt.', 'ur.', 'cyt.', 'zał.', 'zm.', 'Dz. U.', 'Dz. Urz.', 'M. P.', 't.j.', 'poł.', 'pocz.', 'koń.',
    'daw.', 'obecn.', 'gł.', 'lit.', 'nast.', 'następ.', 'bież.',
    'dypl.', 'egz.', 'gimn.', 'inst.', 'kat.', 'miej.', 'miesz.', 'nauk.', 'ogól.', 'poj.', 'pryw.',
    'pol.', 'rej.', 'społ.', 'stow.', 'szk.', 'tow.', 'uczn.', 'uniw.', 'wych.', 'wyż.', 'zaw.',
    'zbior.', 'ang.', 'niem.', 'łac.', 'fr.', 'franc.', 'hiszp.', 'ros.', 'czes.', 'ukr.', 'słow.',
  ],
  latin: ['ca.', 'vs.', 'cf.', 'e.g.', 'i.e.', 'viz.', 'resp.', 'a.c.', 'sc.'],
  // "pt." and "pn." are also "pod tytułem" and "pod nazwą" before a title: they stay with the general ones.
  weekday: ['pon.', 'wt.', 'śr.', 'czw.', 'sob.', 'niedz.', 'ndz.', 'nd.'],
  reference: [
    'art.', 'ust.', 'pkt.', 'poz.', 'par.', 'str.', 's.', 'rozdz.', 'tab.', 'rys.', 'zd.',
    'cz.', 'ok.', 'sygn.', 'l.dz.',
  ],
  unit: [
    'godz.', 'min.', 'sek.', 'tys.', 'mln.', 'mld.', 'bln.', 'proc.', 'szt.', 'km.', 'kg.', 'cm.', 'mm.', 'ha.',
    'zł.', 'gr.', 'mies.', 'tyg.', 'n.p.m.', 'p.p.m.',
    'k.m.',
  ],
  month: [
    'stycz.', 'sty.', 'lut.', 'mar.', 'marz.', 'kwiet.', 'kwi.', 'czerw.', 'cze.', 'lip.', 'sierp.', 'sie.',
    'wrz.', 'wrzes.', 'paźdz.', 'paź.', 'list.', 'lis.', 'grudz.', 'gru.',
  ],
  date: ['r.', 'w.', 'br.', 'ubr.', 'ub. r.', 'ub. m.', 'bm.', 'b. m.', 'b. r.', 'r. b.', 'p.n.e.', 'n.e.', 'pne.', 'r. szk.', 'r. akad.'],
  list_end: [
    'itd.', 'itp.', 'etc.', 'cdn.', 'cd.', 'jw.', 'in.', 'et al.', 'ibid.', 'op. cit.', 'o.o.', 'S.A.',
    'k.c.', 'k.p.c.', 'k.p.a.', 'k.p.', 'k.k.', 'k.k.w.', 'k.w.', 'k.r.o.', 'k.s.h.', 'późn. zm.',
  ],
};
