import type { NewTenant } from '../platform/tenancy/schema.js';

/** Two fictional municipalities for demos and tests. Any likeness to a real one is accidental. */
export const demoMunicipalities: NewTenant[] = [
  {
    slug: 'dijkwaard',
    name: 'Gemeente Dijkwaard',
    theme: { primary: '#005a8c', primaryDark: '#003a5c', primaryLight: '#e5f1f8', accent: '#f2b600' },
    contact: { phone: '14 0599', email: 'info@dijkwaard.example.nl', address: 'Havenplein 1, 4201 AA Dijkwaard', website: 'https://www.dijkwaard.example.nl' },
    logoSvg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" role="img" aria-label="Logo Gemeente Dijkwaard">
  <rect width="48" height="48" rx="6" fill="#005a8c"/>
  <path d="M4 30 L16 18 L32 18 L44 30 Z" fill="#7fb24a"/>
  <path d="M4 34 q5 -4 10 0 t10 0 t10 0 t10 0 V44 H4 Z" fill="#ffffff"/>
  <path d="M4 39 q5 -4 10 0 t10 0 t10 0 t10 0" fill="none" stroke="#005a8c" stroke-width="2"/>
  <circle cx="36" cy="10" r="4" fill="#f2b600"/>
</svg>`,
  },
  {
    slug: 'heuvelrode',
    name: 'Gemeente Heuvelrode',
    theme: { primary: '#2f6b2f', primaryDark: '#1d461d', primaryLight: '#eaf4e6', accent: '#e2a000' },
    contact: { phone: '14 0318', email: 'gemeente@heuvelrode.example.nl', address: 'Boslaan 12, 3941 BK Heuvelrode', website: 'https://www.heuvelrode.example.nl' },
    logoSvg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" role="img" aria-label="Logo Gemeente Heuvelrode">
  <rect width="48" height="48" rx="6" fill="#2f6b2f"/>
  <path d="M0 40 Q12 20 24 34 Q34 18 48 36 V48 H0 Z" fill="#9cc98a"/>
  <path d="M14 30 L18 14 L22 30 Z" fill="#ffffff"/>
  <rect x="17" y="30" width="2" height="5" fill="#ffffff"/>
  <circle cx="36" cy="11" r="4" fill="#e2a000"/>
</svg>`,
  },
];
