// The floors inside src/renderer: which folder may import which (see docs/architecture.md).
export const rendererFloors = [];
