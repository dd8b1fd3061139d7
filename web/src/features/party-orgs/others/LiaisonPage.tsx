export function LiaisonPage() {
  return null;
}
