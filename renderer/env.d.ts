// Vite turns imported stylesheets into emitted CSS files; TypeScript only needs to know they exist.
declare module '*.css';
