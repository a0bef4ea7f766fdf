// Browsers ask for /favicon.ico on their own (Chromium does where a page's icon link has not
// arrived yet); the icon is app/icon.svg. A 404 here showed as a console error in the pages.
export function GET(request: Request): Response {
  return Response.redirect(new URL('/icon.svg', request.url), 308);
}
