// Preloaded into the product's process by tests/e2e/escaped-errors.test.ts (node --import): on
// SIGUSR2 it lets an error escape every handler, the way a bug in a timer or a forgotten promise
// would. MK_ESCAPE says which: "bug" (a TypeError whose message quotes member text) or
// "platform" (a GrammyError-like platform failure).
process.on("SIGUSR2", () => {
  if (process.env.MK_ESCAPE === "platform") {
    const err = new Error("Call to 'sendMessage' failed! (502: Bad Gateway)");
    err.name = "GrammyError";
    void Promise.reject(err);
    return;
  }
  void Promise.reject(new TypeError(`Cannot read "Kuukkeli asiakkaan hetu 131052-308T" as a request`));
});
