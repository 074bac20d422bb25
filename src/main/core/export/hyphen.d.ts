/** The `hyphen` package (Liang's algorithm with TeX patterns) ships no types of its own. */
interface HyphenOptions {
  hyphenChar?: string;
  minWordLength?: number;
  exceptions?: string[];
  debug?: boolean;
}
interface HyphenModule {
  hyphenateSync(text: string, options?: HyphenOptions): string;
  hyphenateHTMLSync(text: string, options?: HyphenOptions): string;
}
declare module 'hyphen/fi/index.js' {
  const hyphen: HyphenModule;
  export default hyphen;
}
declare module 'hyphen/sv/index.js' {
  const hyphen: HyphenModule;
  export default hyphen;
}
declare module 'hyphen/en-gb/index.js' {
  const hyphen: HyphenModule;
  export default hyphen;
}
