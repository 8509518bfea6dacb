export function setupMessages(): void {}
