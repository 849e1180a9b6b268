// Local protocol servers for tests (ComfyUI, OpenAI-compatible images) and their helpers.
export { startFakeServer, readBody, sendJson, type FakeServerBase, type CannedResponse } from './http-server.js';
export { startFakeComfyUI, sampleWorkflow, type FakeComfyUI, type FakeComfyOptions } from './fake-comfyui.js';
export { startFakeOpenAIImages, type FakeOpenAIImages, type FakeOpenAIImagesOptions } from './fake-openai-images.js';
export { makePng } from './png.js';
