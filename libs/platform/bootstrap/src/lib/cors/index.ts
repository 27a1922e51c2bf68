export * from './cors-policy';
export * from './route-table';
export * from './discover-routes';
export * from './enable-cors';
