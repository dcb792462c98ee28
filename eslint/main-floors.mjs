// The floors inside src/main: which folder may import which (see docs/architecture.md).
export const mainFloors = [];
