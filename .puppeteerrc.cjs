// The tests drive installed browsers (see the README's Commands): puppeteer's install step downloads none.
module.exports = { skipDownload: true };
