export function StandardizationPage() {
  return null;
}
