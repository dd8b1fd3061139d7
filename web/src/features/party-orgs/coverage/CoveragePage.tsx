export function CoveragePage() {
  return null;
}
