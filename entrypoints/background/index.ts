// The background only wires browser events to the modules beside it; it holds no state of its
// own, because an MV3 service worker may be stopped at any moment.
export default defineBackground(() => {});
