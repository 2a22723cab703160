// Python support code is bundled as text through Vite's `?raw` suffix.
declare module "*.py?raw" {
  const source: string;
  export default source;
}
