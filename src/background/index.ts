// Service worker entry (placeholder from the foundation; the background store replaces it).
import browser from '../shared/browser';

browser.runtime.onInstalled.addListener(() => {
  void browser.action.setBadgeText({ text: '' });
});
