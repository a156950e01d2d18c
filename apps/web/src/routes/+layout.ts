// A static single-page app: the API serves build/index.html for every path and the client routes.
export const ssr = false;
export const prerender = false;
