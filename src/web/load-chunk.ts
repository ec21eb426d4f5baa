const reloadedKey = 'mentor2work.reloadedForChunk';

/**
 * Loads a chunk of the web app. When it is missing (a release replaced the files while this tab stayed
 * open; the server answers 404 for an unknown /assets/ file), the page reloads once to get the current
 * version; a second failure in a row is an error the page shows.
 */
export async function loadChunk<T>(load: () => Promise<T>): Promise<T> {
  try {
    const loaded = await load();
    sessionStorage.removeItem(reloadedKey);
    return loaded;
  } catch (error) {
    if (sessionStorage.getItem(reloadedKey) === null) {
      sessionStorage.setItem(reloadedKey, String(Date.now()));
      window.location.reload();
      return new Promise<T>(() => {});
    }
    throw error;
  }
}
