// js-yaml comes with electron-builder (which reads electron-builder.yml with it); the package
// check reads the same file the same way. Only what the check uses.
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
