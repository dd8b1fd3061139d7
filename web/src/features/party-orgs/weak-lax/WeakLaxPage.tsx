export function WeakLaxPage() {
  return null;
}
