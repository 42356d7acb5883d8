// Vite's `?url` imports give the URL of the built asset (the pdf.js worker).
declare module '*?url' {
  const url: string;
  export default url;
}
