// On-device writing help: pure pieces shared by the background (which serves the composer) and
// the side panel (which calls the model itself). See docs/ON-DEVICE-AI.md.
export * from './model';
export * from './request';
export * from './prompt';
export * from './output';
export * from './checks';
export * from './suggest';
export * from './gate';
export * from './diff';
