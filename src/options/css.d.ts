// Vite bundles the page's stylesheet from this import; TypeScript only needs to know it exists.
declare module '*.css';
