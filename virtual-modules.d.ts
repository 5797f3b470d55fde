declare module 'virtual:rafiq-glossary' {
  const glossary: import('./lib/glossary-types').CompiledGlossary;
  export default glossary;
}
declare module 'virtual:rafiq-glossary-details' {
  const details: import('./lib/glossary-types').GlossaryDetails;
  export default details;
}
declare module '*.css?inline' {
  const css: string;
  export default css;
}
