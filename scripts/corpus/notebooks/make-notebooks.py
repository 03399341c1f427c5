import nbformat as nbf, sys
from nbformat.v4 import new_notebook, new_code_cell, new_markdown_cell, new_raw_cell
def save(nb, name):
    nb.metadata['kernelspec'] = {'name': 'python3', 'display_name': 'Python 3 (ipykernel)', 'language': 'python'}
    nbf.write(nb, name)

nb = new_notebook()
nb.cells = [
 new_raw_cell("---\ntitle: Gradient descent on a quadratic\ntags: [optimization]\n---"),
 new_markdown_cell("We minimise $f(x) = (x - 3)^2$ with a fixed step $\\eta$.\n\n$$\nx_{t+1} = x_t - \\eta \\nabla f(x_t)\n$$\n\n:::tip\nA step above $1$ diverges here.\n:::\n\n| step | meaning |\n| --- | --- |\n| $\\eta$ | learning rate |"),
 new_code_cell("import numpy as np\nimport pandas as pd\nimport matplotlib\nmatplotlib.use('module://matplotlib_inline.backend_inline')\nimport matplotlib.pyplot as plt\nfrom IPython.display import display, Math, Markdown, HTML\nnp.random.seed(0)"),
 new_code_cell("xs = [0.0]\nfor t in range(20):\n    xs.append(xs[-1] - 0.2 * 2 * (xs[-1] - 3))\nprint('final x =', round(xs[-1], 4))\nprint('\\x1b[32mconverged\\x1b[0m in \\x1b[1m20\\x1b[0m steps')"),
 new_code_cell("fig, ax = plt.subplots(figsize=(5, 3))\nax.plot(xs, marker='o')\nax.set_xlabel('step'); ax.set_ylabel('x')\nplt.show()"),
 new_code_cell("%config InlineBackend.figure_formats = ['svg']\nfig, ax = plt.subplots(figsize=(4, 2.5))\nax.plot([(x - 3) ** 2 for x in xs])\nax.set_yscale('log'); ax.set_title('loss')\nplt.show()\n%config InlineBackend.figure_formats = ['png']"),
 new_code_cell("df = pd.DataFrame({'step': range(5), 'x': xs[:5], 'loss': [(x - 3) ** 2 for x in xs[:5]]})\ndf"),
 new_code_cell("display(Math(r'\\nabla f(x) = 2(x - 3)'))"),
 new_code_cell("display(Markdown('The minimum is at **x = 3**.'))"),
 new_code_cell("for i in range(60):\n    print(f'step {i:2d}: x = {3 - 3 * 0.6 ** i:.6f}')"),
 new_code_cell("def step(x, eta):\n    return x - eta * grad(x)\n\nstep(1.0, 0.1)"),
]
save(nb, 'gradient-descent.ipynb')

nb = new_notebook()
nb.cells = [
 new_markdown_cell("# Outputs a notebook must not run\n\nEach cell below saved an output that would run code or load from elsewhere."),
 new_code_cell("from IPython.display import display, HTML, Javascript"),
 new_code_cell("display(HTML('<p>kept text</p><img src=\"x\" onerror=\"alert(1)\"><script>alert(2)</script><a href=\"javascript:alert(3)\">link</a><iframe src=\"https://evil.example/\"></iframe><img src=\"https://evil.example/pixel.png\"><style>body{display:none}</style>'))"),
 new_code_cell("display(Javascript('alert(4)'))"),
 new_code_cell("display({'application/vnd.jupyter.widget-view+json': {'model_id': 'abc', 'version_major': 2, 'version_minor': 0}, 'text/plain': 'IntSlider(value=3)'}, raw=True)"),
 new_code_cell("display({'application/vnd.plotly.v1+json': {'data': [], 'layout': {}}}, raw=True)"),
]
save(nb, 'hostile-outputs.ipynb')

nb = new_notebook()
nb.cells = [
 new_markdown_cell("# A notebook never run\n\nThe cells below have no outputs yet: `Run all` was never pressed."),
 new_code_cell("import numpy as np\nnp.linspace(0, 1, 5)"),
 new_markdown_cell("Done when it runs."),
]
save(nb, 'never-executed.ipynb')

nb = new_notebook()
cells = [new_raw_cell("---\ntitle: Three large figures\n---"), new_code_cell("import numpy as np\nimport matplotlib\nmatplotlib.use('module://matplotlib_inline.backend_inline')\nimport matplotlib.pyplot as plt\nnp.random.seed(1)")]
for i in range(3):
    cells.append(new_markdown_cell(f"## Figure {i+1}\n\nNoise at seed {i}, drawn large so that the PNG weighs about 130 KB."))
    cells.append(new_code_cell(f"fig, ax = plt.subplots(figsize=(7, 4.5))\nax.imshow(np.random.rand(135, 215), cmap='viridis', interpolation='nearest')\nplt.show()"))
nb.cells = cells
save(nb, 'large-figures.ipynb')
