/**
 * Only a path inside the portal may be returned to after sign-in: never another
 * origin ("//evil.example", "https://..."), never the sign-in page itself.
 */
export function safeReturnUrl(candidate: string | null | undefined): string | null {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//')) return null;
  if (candidate.includes('\\') || candidate.startsWith('/sign-in')) return null;
  return candidate;
}
