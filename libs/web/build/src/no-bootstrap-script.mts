// Stands in for Bootstrap Italia's script bundle in the web projects' tests (see vite-config.mts).
export {};
