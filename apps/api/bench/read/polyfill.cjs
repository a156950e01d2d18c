// PostGraphile 5 declares Node >= 22 for Promise.withResolvers alone; this gives Node 20 the same
// function (as specified: a promise and the two functions that settle it).
if (typeof Promise.withResolvers !== "function") {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
