export function EconomyPage() {
  return null;
}
