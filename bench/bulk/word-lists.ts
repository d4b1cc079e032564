// Word lists for the bulk seed: enough variety that full-text ranking has rare and common words,
// names with spelling variants, figures and places, like a newsroom's real backlog.
export const FIRST =
  'Anna Boris Carlos Dmitri Elena Farah Grace Hassan Irina Jamal Katarina Luis Maria Nadia Olga Pavel Quentin Rosa Sergei Tomas Ursula Viktor Wen Xavier Yulia Zainab Ahmed Bianca Chen Daria'.split(
    ' ',
  );
export const LAST =
  'Novak Petrova Garcia Ivanov Kowalski Haddad Mendes Okafor Schmidt Tanaka Rossi Dubois Jensen Morales Nguyen Popescu Horvat Kuznetsov Laine Sato Weber Costa Abbasi Brennan Fischer Larsen Moreau Silva Yilmaz Zelenko'.split(
    ' ',
  );
export const FAMOUS = [
  'Donald Trump',
  'Vladimir Putin',
  'Volodymyr Zelenskyy',
  'Joe Biden',
  'Emmanuel Macron',
  'Olaf Scholz',
  'Keir Starmer',
  'Xi Jinping',
];
export const PLACES =
  'Anchorage Kyiv Moscow Washington Brussels Berlin Paris London Warsaw Kharkiv Odesa Donetsk Crimea Alaska Beijing Tokyo Ankara Geneva Helsinki Vilnius Riga Tallinn Minsk Lviv Zaporizhzhia Mariupol Bakhmut Kherson Sumy Dnipro'.split(
    ' ',
  );
export const SUBJECTS =
  'soldiers civilians refugees drones missiles tanks troops prisoners farmers workers teachers nurses voters migrants children pensioners students sailors pilots engineers'.split(
    ' ',
  );
export const VERBS =
  'killed wounded displaced captured evacuated deployed arrested returned lost recruited trained vaccinated employed registered'.split(
    ' ',
  );
export const PERIODS = ['day', 'week', 'month', 'year'];
export const TOPICS =
  'ceasefire sanctions inflation unemployment tariffs elections pensions energy prices grain exports gas pipeline nuclear plant peace deal aid package border wall interest rates housing crime rate'.split(
    ' ',
  );
export const CHARACTERISATIONS =
  'hoax witch hunt disaster success failure lie scam triumph catastrophe fraud'.split(' ');
export const OUTLETS = [
  'Daily Ledger',
  'Morning Courier',
  'Evening Standard Post',
  'The Northern Record',
  'Capital Wire',
  'Harbor Times',
  'Global Dispatch',
  'Metro Herald',
];
export const PUBLISHERS = [
  'United Nations',
  'World Bank',
  'Ministry of Defence',
  'Reuters',
  'Associated Press',
  'BBC',
  'Eurostat',
  'IMF',
  'Kyiv School of Economics',
  'ISW',
];
export const NOTE_PHRASES = [
  'called the press office, no answer yet',
  'check against the UN monitoring mission',
  'source disputes the figure',
  'needs a second source',
  'old claim resurfacing, see archive',
  'translation checked by the Kyiv desk',
];
