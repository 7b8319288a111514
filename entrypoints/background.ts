export default defineBackground(() => {
  // The reader overlay and the library register their handlers here (issues 3 and 4).
});
