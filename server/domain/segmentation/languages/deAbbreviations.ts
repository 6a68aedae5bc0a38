// German abbreviations by kind (./kinds.ts), as written in administrative, church, academic and press
// prose. Spaced and unspaced forms match alike ("z. B." = "z.B."); a lower-case entry also matches
// capitalised ("ca." → "Ca."). Words that are also ordinary words before a period ("alt.", "Art.")
// are left out or listed where a number decides ("reference").
import type { AbbreviationLists } from './kinds';

export const GERMAN_ABBREVIATIONS: AbbreviationLists = {
  title: [
    // forms of address, family status
    'Hr.', 'Hrn.', 'Fr.', 'Frl.', 'Fam.', 'Gebr.', 'Geschw.', 'Mr.', 'Mrs.', 'Ms.', 'Jr.', 'jun.', 'sen.',
    'verh.', 'verw.', 'led.', 'gesch.', 'geb.', 'gest.', 'verst.',
    // academic degrees and positions
    'Dr.', 'Prof.', 'Dipl.', 'Dipl.-Ing.', 'Dipl.-Kfm.', 'Dipl.-Kffr.', 'Dipl.-Päd.', 'Dipl.-Inf.', 'Dipl.-Phys.',
    'Dipl.-Chem.', 'Dipl.-Biol.', 'Dipl.-Psych.', 'Dipl.-Soz.', 'Dipl.-Volksw.', 'Dipl.-Betriebsw.', 'Dipl.-Geogr.',
    'Dipl.-Jur.', 'Dipl.-Math.', 'Dipl.-Wirt.-Ing.', 'Dipl.-Theol.', 'Dipl.-Sozialpäd.', 'Dipl.-Des.', 'Dipl.-Rpfl.',
    'Dipl.-Verw.-Wirt.', 'Dipl.-Forstw.', 'Dipl.-Agr.', 'Dipl.-Hdl.', 'Dipl.-Oec.', 'Dipl.-Pol.', 'Dipl.-Mus.',
    'Dr.-Ing.', 'Dr. med.', 'Dr. med. dent.', 'Dr. med. vet.', 'Dr. phil.', 'Dr. rer. nat.', 'Dr. rer. pol.',
    'Dr. jur.', 'Dr. theol.', 'Dr. oec.', 'Dr. h. c.', 'h. c.', 'habil.', 'Mag.', 'Ing.', 'med.', 'phil.', 'jur.',
    'theol.', 'dent.', 'vet.', 'rer. nat.', 'rer. pol.', 'oec.', 'paed.', 'Doz.', 'Priv.-Doz.',
    'Univ.-Prof.', 'Ass.-Prof.', 'Hon.-Prof.', 'apl.', 'em.', 'emer.', 'stud.', 'cand.', 'StR.',
    'OStR.', 'StD.', 'OStD.', 'Rekt.', 'Prorekt.', 'Dek.', 'Dir.', 'Präs.', 'Vizepräs.', 'Vors.', 'stellv.',
    'stv.', 'Gf.', 'Geschf.', 'Inh.', 'Ltr.', 'Sekr.', 'Ref.', 'Sachb.', 'Bearb.',
    // offices
    'Bgm.', 'OBgm.', 'Bürgerm.', 'Oberbürgerm.', 'Landr.', 'Min.-Präs.', 'Staatsmin.', 'Staatssekr.', 'Abg.',
    'Botsch.', 'Kons.', 'Reg.-Präs.', 'Reg.-Dir.', 'Amtm.', 'Amtsr.', 'Insp.', 'Oberinsp.',
    // church
    'St.', 'Hl.', 'hl.', 'hll.', 'Pfr.', 'Pfrn.', 'Pf.', 'Sup.', 'Kpl.', 'Msgr.', 'Kard.', 'Bf.', 'Ebf.',
    'Weihbf.', 'Präl.', 'Diak.', 'Vik.', 'Sr.', 'Br.', 'evang.', 'ev.', 'ev.-luth.', 'ev.-ref.',
    'luth.', 'ref.', 'kath.', 'röm.-kath.', 'altkath.', 'orth.', 'griech.-kath.', 'freikirchl.',
    // military and police ranks
    'Lt.', 'Oblt.', 'Hptm.', 'Maj.', 'Oberstlt.', 'Gen.', 'Gen.-Lt.', 'Gen.-Maj.', 'Brig.-Gen.', 'Adm.',
    'Kpt.', 'Kptlt.', 'Gefr.', 'Uffz.', 'Fw.', 'Ofw.', 'Hptfw.', 'Stabsfw.', 'PHM.', 'POM.', 'KHK.', 'KOK.',
  ],
  name_initial: [
    'Ch.', 'Chr.', 'Th.', 'Ph.', 'Fr.-W.', 'Friedr.', 'Wilh.', 'Joh.', 'Jos.', 'Hch.', 'Hs.', 'Gg.', 'Aug.-W.',
    'Ed.', 'Rud.', 'Alb.', 'Ernst-Aug.', 'Karl-Hch.',
  ],
  place: [
    'Str.', 'Pl.', 'Bhf.', 'Hbf.', 'Lkr.', 'Ldkr.', 'Landkr.', 'Kr.', 'Krs.', 'Bez.', 'Reg.-Bez.', 'Gde.',
    'Gem.', 'Ortst.', 'Stadtt.', 'Whg.', 'Etg.', 'Hausnr.', 'Postf.', 'Tel.', 'Fax.', 'Mob.', 'Tlf.', 'Fa.',
    'Co.', 'Abt.', 'Ltg.', 'Sachg.', 'Verw.', 'Stadtverw.', 'Gemeindeverw.', 'Bundesl.', 'Kt.', 'Nieders.',
    'Thür.', 'Brandenb.', 'Bay.', 'Württ.', 'Westf.', 'Schles.', 'Niederschles.', 'Oberlaus.',
    'Obb.', 'Ndb.', 'Opf.', 'Ufr.', 'Mfr.', 'Ofr.',
  ],
  general: [
    'z. B.', 'd. h.', 'o. g.', 's. o.', 's. u.', 'z. T.', 'z. Zt.', 'z. Z.', 'z. Hd.', 'i. d. R.', 'i. A.', 'i. V.',
    'i. d. F.', 'i. V. m.', 'i. S. d.', 'i. S. v.', 'i. H. v.', 'i. e. S.', 'i. w. S.', 'i. Allg.', 'i. Ggs.',
    'i. Vj.', 'v. a.', 'u. U.', 'u. E.', 'm. E.', 'm. W.', 'o. a.', 'a. F.', 'n. F.', 's. a.', 's. d.', 'u. zw.',
    'bzw.', 'ggf.', 'ggfs.', 'vgl.', 'evtl.', 'eventl.', 'inkl.', 'exkl.', 'ggü.', 'bzgl.', 'zzgl.', 'abzgl.',
    'zzt.', 'sog.', 'allg.', 'einschl.', 'ausschl.', 'insb.', 'insbes.', 'bspw.', 'Bsp.', 'mind.', 'max.',
    'lt.', 'gem.', 'gez.', 'gel.', 'zit.', 'hrsg.', 'übers.', 'bearb.', 'erw.', 'überarb.', 'aktual.', 'verb.',
    'durchges.', 'zul.', 'geänd.', 'ber.', 'aufgeh.', 'zust.', 'beil.', 'beigef.', 'betr.', 'Betr.', 'bez.',
    'ehem.', 'eigtl.', 'entspr.', 'erg.', 'gegr.', 'gen.', 'ges.', 'gesp.', 'gr.', 'hpts.', 'jew.', 'jmd.',
    'kl.', 'mtl.', 'näml.', 'nördl.', 'südl.', 'östl.', 'westl.', 'od.', 'orig.', 'pers.', 'priv.', 'röm.',
    'sächs.', 'poln.', 'tschech.', 'dt.', 'engl.', 'franz.', 'frz.', 'ital.', 'span.', 'russ.', 'sorb.',
    'schles.', 'tägl.', 'wöchentl.', 'monatl.', 'jährl.', 'tw.', 'urspr.', 'usf.', 'Verf.', 'verantw.',
    'vollst.', 'vorl.', 'wiss.', 'zahlr.', 'zw.', 'Anm. d. Red.', 'Anm. d. Übers.', 'd. Red.',
    'Übers.', 'Ausg.', 'Nachdr.', 'Jg.', 'Beschl.', 'Urt.', 'Bek.', 'Vfg.', 'Az.', 'Gz.', 'Drs.',
    'Drucks.', 'BGBl.', 'GVBl.', 'SächsGVBl.', 'ABl.', 'Amtsbl.', 'Vorb.', 'Buchst.', 'Rdnr.',
  ],
  latin: [
    'ca.', 'vs.', 'cf.', 'e. g.', 'i. e.', 'viz.', 'resp.', 'excl.', 'incl.', 'approx.', 'lat.', 'N. B.', 'c. t.',
    's. t.', 'o. J.', 'o. O.', 's. l.', 'a. Chr. n.', 'p. Adr.', 'per Adr.', 'sc.', 'scil.',
  ],
  weekday: ['Mo.', 'Di.', 'Mi.', 'Do.', 'Sa.', 'So.'],
  reference: [
    'Art.', 'S.', 'Nr.', 'Abs.', 'Kap.', 'Ziff.', 'lit.', 'Abb.', 'Tab.', 'Anm.', 'Anl.', 'Anh.', 'Bd.', 'Bde.',
    'Bl.', 'Rn.', 'Rz.', 'Tz.', 'Sp.', 'Fn.', 'Abschn.', 'Teilz.', 'Pos.', 'Slg.', 'Zi.', 'Hs.-Nr.',
  ],
  unit: [
    'Std.', 'Min.', 'min.', 'Sek.', 'Mio.', 'Mrd.', 'Tsd.', 'Bill.', 'Mill.', 'Stk.', 'Stck.', 'Pfd.', 'Ztr.',
    'Pers.', 'Proz.', 'Pkt.', 'Msp.', 'Pck.', 'Pkg.', 'Fl.', 'Mon.', 'Wo.', 'Tg.', 'Jhr.', 'Ex.', 'Expl.',
  ],
  month: ['Jan.', 'Febr.', 'Feb.', 'Mrz.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sept.', 'Sep.', 'Okt.', 'Nov.', 'Dez.'],
  date: [
    'v. Chr.', 'n. Chr.', 'v. u. Z.', 'n. u. Z.', 'Jh.', 'Jhd.', 'Jhdt.', 'vorm.', 'nachm.', 'lfd. J.', 'd. J.',
    'v. J.', 'd. M.', 'v. M.', 'lfd. M.', 'Vj.', 'Hj.', 'Kj.', 'Wj.', 'Gj.',
  ],
  list_end: [
    'usw.', 'etc.', 'u. a.', 'u. v. m.', 'u. v. a.', 'u. Ä.', 'o. Ä.', 'u. dgl.', 'o. dgl.', 'dgl.', 'u. s. w.',
    'u. a. m.', 'et al.', 'ebd.', 'ibid.', 'ib.', 'a. a. O.', 'op. cit.', 'loc. cit.', 'ff.', 'Hrsg.', 'Hg.', 'Aufl.',
    'e. V.', 'a. D.', 'i. R.', 'e. G.', 'e. K.', 'p. a.', 'Ltd.', 'Inc.', 'Corp.',
  ],
};
