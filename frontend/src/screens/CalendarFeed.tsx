export function CalendarFeed() {
  return null;
}
