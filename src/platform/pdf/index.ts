/** Accessible (tagged) PDF letters and decisions; see pdf.ts. readPdf (pdf-text.ts) is for tests. */
export { municipalityForPdf, renderPdf, winAnsi, type PdfMunicipality, type PdfOptions, type PdfWriter } from './pdf.js';
