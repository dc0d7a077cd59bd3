/** Site-wide constants. */
export const SITE = {
  naam: 'Samenwerkingswijzer',
  ondertitel: 'Kennisbank over samenwerking tussen gemeenten, te beginnen met ICT in Twente',
  /** date the site's shared pages (home, colofon, …) last changed in substance */
  bijgewerkt: '2026-11-23',
};

/** Page types, as shown in search results and used as Pagefind filter values. */
export const TYPES = {
  vorm: 'Samenwerkingsvorm',
  belemmering: 'Belemmering',
  casus: 'Casus',
  organisatie: 'Organisatie',
  begrip: 'Begrip',
  bron: 'Bron',
  pagina: 'Pagina',
} as const;
export type PageType = keyof typeof TYPES;

export const NAV = [
  { href: '/vormen/', label: 'Vormen' },
  { href: '/vergelijk/', label: 'Vergelijk' },
  { href: '/verkenner/', label: 'Verkenner' },
  { href: '/belemmeringen/', label: 'Belemmeringen' },
  { href: '/casussen/', label: 'Casussen' },
  { href: '/organisaties/', label: 'Organisaties' },
  { href: '/begrippen/', label: 'Begrippen' },
  { href: '/rekenhulp/', label: 'Rekenhulp' },
  { href: '/bronnen/', label: 'Bronnen' },
];
