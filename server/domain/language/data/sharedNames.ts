// Proper names written identically in German and Polish texts of the region (single words or phrases).
// A segment made of these alone (a place line under a heading, "Görlitz – Zgorzelec") has nothing to
// translate: 'neutral'. Inside a sentence they are ignored, so a Polish town name does not make a German
// sentence look Polish. Names that the other language translates (Dresden → Drezno, Bautzen → Budziszyn,
// Breslau → Wrocław, Neiße → Nysa, Zittau → Żytawa) are deliberately absent: "Dresden" must be translated.
export const SHARED_NAMES: readonly string[] = [
  'Görlitz', 'Zgorzelec', 'Jelenia Góra', 'Jeleniej Górze', 'Jeleniej Góry', 'Wrocław', 'Bolesławiec',
  'Lubań', 'Bogatynia', 'Pieńsk', 'Sulików', 'Węgliniec', 'Zawidów', 'Lwówek Śląski', 'Legnica',
  'Wałbrzych', 'Kraków', 'Poznań', 'Szczecin', 'Gdańsk', 'Hoyerswerda', 'Weißwasser', 'Niesky', 'Löbau',
  'Kamenz', 'Ostritz', 'Herrnhut', 'Bad Muskau', 'Liberec', 'Interreg', 'Euroregion Neisse-Nisa-Nysa',
  'Neisse-Nisa-Nysa',
];
