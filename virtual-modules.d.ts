declare module 'virtual:rafiq-glossary' {
  const glossary: import('./lib/glossary-types').CompiledGlossary;
  export default glossary;
}
declare module 'virtual:rafiq-glossary-details' {
  const details: import('./lib/glossary-types').GlossaryDetails;
  export default details;
}
declare module 'virtual:rafiq-packs' {
  const packs: import('./lib/pack-labels').PackLabels[];
  export default packs;
}
declare module '*.css?inline' {
  const css: string;
  export default css;
}
declare module '*/shared/reserved/check.mjs' {
  /** Whether the address is reserved for independent measurement (never part of the project's data). */
  export function isReserved(url: string): boolean;
}
